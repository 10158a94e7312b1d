package dev.kairos.gateway.auth;

import dev.kairos.gateway.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** Makes API keys over the API, as an admin would. */
final class Keys
{
    private Keys()
    {
    }

    /** A new key's secret and id. */
    record Made(String id, String secret)
    {
    }

    static Made make(final Api admin, final String json) throws Exception
    {
        final Api.Response created = admin.send("POST", "/v1/api-keys", json);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return new Made(created.text("id"), created.text("key"));
    }

    static Made make(final Api admin, final String role, final String engineerId, final String regionsJson) throws Exception
    {
        return make(admin, "{\"name\":\"" + role.toLowerCase() + " key\",\"role\":\"" + role + "\""
            + (engineerId == null ? "" : ",\"engineerId\":\"" + engineerId + "\"")
            + (regionsJson == null ? "" : ",\"regions\":" + regionsJson) + "}");
    }
}
