/**
 * GraphQL plumbing shared by every module's controllers: scalars, list batching, input checks and the mapping of domain errors to GraphQL errors.
 */
package org.guanxi.api;
