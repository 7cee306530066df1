package vn.congdoan.taphuan;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.congdoan.taphuan.cli.CommandLineApplication;

/**
 * taphuan: imports ward attendance spreadsheets for union-cadre training classes,
 * reconciles them against the province's plan and budgets, and writes the reports
 * leadership and the national federation read.
 */
@SpringBootApplication
public class TaphuanApplication {

	public static void main(String[] args) {
		System.exit(CommandLineApplication.run(TaphuanApplication.class, args));
	}

}
