package dev.kairos.solver.domain;

/** A skill an engineer has, at a level (1 = basic). */
public record Skill(String name, int level)
{
}
