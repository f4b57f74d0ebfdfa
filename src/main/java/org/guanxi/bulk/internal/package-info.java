/** Helpers of the bulk module: column specifications, parsing, name resolution, write batches. */
package org.guanxi.bulk.internal;
