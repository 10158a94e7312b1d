/**
 * SLA clocks: business calendars (working hours, holidays, time zone) and the pure arithmetic of deadlines on them.
 * Everything here is immutable and reads no clock, so any thread may use it.
 */
package dev.kairos.solver.sla;
