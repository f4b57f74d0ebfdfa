/**
 * Bulk CSV: import and export of the whole graph and a generator of synthetic books; modules add their reports by implementing CsvReport.
 */
package org.guanxi.bulk;
