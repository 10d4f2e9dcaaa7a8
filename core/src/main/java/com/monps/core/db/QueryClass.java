package com.monps.core.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class outside the repositories that writes SQL (jOOQ queries, JDBC statements, LISTEN): a query class named
 * for what it reads or writes. The architecture rules allow SQL only in repositories, the database plumbing and the
 * classes marked so, so that a reader finds every query of the program in a short list.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface QueryClass {
}
