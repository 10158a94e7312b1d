/**
 * The API's own description: the OpenAPI document ({@code GET /openapi.json}, written as YAML parts
 * under {@code resources/openapi/}) and Swagger UI rendering it ({@code GET /docs}) from the
 * swagger-ui WebJar, so the page needs no internet. Both public.
 */
package dev.kairos.gateway.docs;
