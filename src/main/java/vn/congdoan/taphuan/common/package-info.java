/**
 * The one small cross-cutting package: Vietnamese text normalisation, money and date
 * formatting, the error types that map to process exit codes, and the single place where
 * Spring Batch's infrastructure (JDBC job repository, job operator) is configured; what
 * the database is ({@link vn.congdoan.taphuan.common.Databases}) and PostgreSQL's bulk
 * load ({@link vn.congdoan.taphuan.common.PostgresCopy}). Features depend on this
 * package; it depends on none of them.
 */
package vn.congdoan.taphuan.common;
