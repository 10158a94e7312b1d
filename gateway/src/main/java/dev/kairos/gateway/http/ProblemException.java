package dev.kairos.gateway.http;

/** Thrown while decoding a request to answer with a problem; carries no stack trace. */
public final class ProblemException extends RuntimeException
{
    private final Problem problem;

    public ProblemException(final Problem problem)
    {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem()
    {
        return problem;
    }
}
