/**
 * Shared vocabulary of all modules: the domain errors every module raises, pagination and ids.
 */
package org.guanxi.core;
