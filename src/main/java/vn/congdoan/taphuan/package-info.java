/**
 * taphuan's root: the Spring Boot application. Features live in sub-packages:
 * {@code plan} (the yearly plan), {@code intake} (importing ward attendance),
 * {@code reconcile} (figures and findings), {@code report} (PDF and XLSX reports),
 * {@code ops} (scheduled runs and delivery), {@code cli} (the command line) and
 * {@code common} (the small cross-cutting pieces).
 */
package vn.congdoan.taphuan;
