/**
 * The control API's contract, shared by the agent that serves it and the desktop that calls it: the request bodies,
 * the answers and the refusals ({@link com.monps.core.api.ApiError} with its {@link com.monps.core.api.ErrorCode}),
 * written and read through {@link com.monps.core.json.JsonMappers} (snake_case). docs/control-api.md describes each
 * route.
 */
package com.monps.core.api;
