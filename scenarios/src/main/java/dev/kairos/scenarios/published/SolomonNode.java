package dev.kairos.scenarios.published;

/**
 * One row of a Solomon file: the depot (id 0) or a customer. Times are in the file's units, where
 * one unit of Euclidean distance takes one unit of time; {@code due} is the latest service start.
 */
public record SolomonNode(int id, double x, double y, int demand, double ready, double due, double service)
{
}
