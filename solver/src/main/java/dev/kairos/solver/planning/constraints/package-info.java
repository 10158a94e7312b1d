/**
 * The dispatch rules, one method per rule, named as a dispatcher would say it. Scored on the
 * optimiser threads by Timefold.
 */
package dev.kairos.solver.planning.constraints;
