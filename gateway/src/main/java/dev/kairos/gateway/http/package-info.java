/**
 * HTTP plumbing on Netty's event loops: body limits, auth, routing, problem responses. Nothing
 * here touches live state; routes reach the engine through its inbox and reply when it answers.
 */
package dev.kairos.gateway.http;
