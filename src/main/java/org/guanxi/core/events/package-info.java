/**
 * Application events that writers publish so other modules can react without depending on the writer.
 */
package org.guanxi.core.events;
