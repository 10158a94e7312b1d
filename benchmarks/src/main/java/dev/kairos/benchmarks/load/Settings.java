package dev.kairos.benchmarks.load;

import java.util.List;

/** What a load run was asked to do, as the report states it. Durations in seconds. */
record Settings(
    String command,
    String target,
    long rate,
    double warmupSeconds,
    double durationSeconds,
    int connections,
    int maxInFlightPerConnection,
    String mix,
    int engineers,
    long seed,
    List<String> targets,
    boolean findMax,
    double p99TargetMicros,
    double disturbedCores,
    boolean optimiser,
    String pacing)
{
}
