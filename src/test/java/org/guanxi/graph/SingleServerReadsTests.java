package org.guanxi.graph;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With one database server (the test's in-process one here), read-only work that no transaction surrounds runs
 * its queries without a transaction of its own, each in a read transaction of its own in process (as in READ
 * sessions) that refuses writes; a write inside it is a transaction as before.
 */
class SingleServerReadsTests extends GraphQlTestBase {

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private Cypher cypher;

	@Test
	void readOnlyWorkReadsWithoutATransactionAndCannotWriteWhileAWriteInsideItIsATransaction() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		TransactionTemplate write = new TransactionTemplate(this.transactions);
		long before = TestNeo4j.count("MATCH (e:AuditEntry {operation: 'readScopeTest'}) RETURN count(e)");
		readOnly.executeWithoutResult(status -> {
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
			boolean anyUser = this.cypher.one("security/anyUser", Map.of(), r -> r.get("exists").asBoolean());
			assertThat(anyUser).isTrue();
			assertThatThrownBy(() -> audit("refused")).hasMessageContaining("read");
			write.executeWithoutResult(inner -> {
				assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
				audit("written");
			});
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
		});
		assertThat(TestNeo4j.count("MATCH (e:AuditEntry {operation: 'readScopeTest'}) RETURN count(e)"))
			.isEqualTo(before + 1);
		assertThat(TestNeo4j.count("MATCH (e:AuditEntry {operation: 'readScopeTest', outcome: 'written'}) "
				+ "RETURN count(e)")).isEqualTo(1);
	}

	private void audit(String outcome) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", "audit-read-scope-" + outcome);
		parameters.put("at", OffsetDateTime.now());
		parameters.put("username", "test");
		parameters.put("operation", "readScopeTest");
		parameters.put("ids", List.of());
		parameters.put("fields", List.of());
		parameters.put("outcome", outcome);
		parameters.put("address", null);
		this.cypher.query("security/audit", parameters).run();
	}

}
