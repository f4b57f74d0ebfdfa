/**
 * Shared vocabulary of all modules, below everything: the domain errors every module raises, checks, pagination, ids, settings and the events modules publish.
 */
package org.guanxi.core;
