package vn.congdoan.taphuan.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar's manifest.
 */
class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = VersionProvider.class.getPackage().getImplementationVersion();
		return new String[] { "taphuan " + ((version != null) ? version : "(development build)") };
	}

}
