/**
 * GraphQL wiring shared by all modules: scalars and the mapping of domain errors to GraphQL errors.
 */
package org.guanxi.api;
