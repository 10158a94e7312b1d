/**
 * An independent feasibility checker for VRPTW and TRSP solutions on the published instances,
 * sharing no code with the solver so that it can judge it. Stateless: any thread.
 */
package dev.kairos.scenarios.check;
