/**
 * Key performance indicators computed from live state: the one definition the live API and the
 * scenario reports share. Pure functions; the engine thread calls them inside a query.
 */
package dev.kairos.solver.kpi;
