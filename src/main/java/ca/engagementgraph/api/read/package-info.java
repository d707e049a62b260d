/**
 * The read support every reading controller uses: {@code GraphReader} runs one Cypher read (a page, one record, the
 * records related to a batch of sources) with the standing parameters bound (the reader's clearance, today, the
 * language) and maps rows to records; {@code Hop} and {@code ListQuery} describe a relationship and a paged list;
 * {@code Visibility} writes the Protected B rule into each query. A named interface of {@code api}: other modules
 * list {@code "api :: read"}.
 */
@NullMarked
@NamedInterface("read")
package ca.engagementgraph.api.read;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
