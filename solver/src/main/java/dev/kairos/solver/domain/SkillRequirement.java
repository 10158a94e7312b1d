package dev.kairos.solver.domain;

/** A skill a ticket needs, at or above a minimum level. */
public record SkillRequirement(String name, int minLevel)
{
    public boolean isMetBy(final Skill skill)
    {
        return skill.name().equals(name) && skill.level() >= minLevel;
    }
}
