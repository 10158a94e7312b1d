package dev.kairos.solver.state;

import java.util.List;

/**
 * A webhook as live state holds it: where events go, which types, the signing secret, the position
 * of its registration and the last position its receiver acknowledged. Kept in state (and so in
 * snapshots) so that delivery can resume after the journal files before a snapshot are deleted.
 */
public record WebhookState(String id, String url, List<String> types, String secret, long registeredAt, long deliveredThrough)
{
    public WebhookState
    {
        types = List.copyOf(types);
    }

    /** Where delivery resumes: after what the receiver acknowledged, never before the registration. */
    public long resumeAfter()
    {
        return Math.max(registeredAt, deliveredThrough);
    }
}
