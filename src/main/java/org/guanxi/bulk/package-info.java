/** Bulk CSV import and export of the whole graph, and a generator of realistic synthetic books. */
package org.guanxi.bulk;
