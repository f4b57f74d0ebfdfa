package org.guanxi.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactions of Guanxi with one database server (the embedded database or a {@code bolt://} URI): a
 * read-only transaction that no other transaction surrounds runs each of its queries on its own (auto-commit, in a
 * READ session, so that a query that would write is refused as in a read transaction) instead of opening a
 * transaction of its own. Neo4j reads committed data query by query inside a transaction too, so a read sees the
 * same data either way; what it saves is the two round trips to the database that beginning and committing a
 * transaction cost, on every read of every request. Writes, and reads inside a write, are transactions as before.
 * With a routing URI ({@code neo4j://}) this is not used: every read-only method keeps its read transaction, which
 * the driver sends to the cluster's other servers.
 */
final class SingleServerReads implements PlatformTransactionManager {

	/** The read-only scopes without a transaction open on this thread, innermost first. */
	private static final ThreadLocal<Deque<TransactionStatus>> READS = new ThreadLocal<>();

	private final PlatformTransactionManager transactions;

	/**
	 * Wraps {@code transactions}, keeping its synchronization to actual transactions: Spring Data Neo4j opens a
	 * transaction of its own for the queries of any scope that has synchronization.
	 */
	SingleServerReads(AbstractPlatformTransactionManager transactions) {
		transactions.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
		this.transactions = transactions;
	}

	/** Whether this thread is in a read-only scope without a transaction: its queries go to a READ session each. */
	static boolean reading() {
		Deque<TransactionStatus> reads = READS.get();
		return reads != null && !reads.isEmpty() && !TransactionSynchronizationManager.isActualTransactionActive();
	}

	@Override
	public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
		if (definition == null || !definition.isReadOnly()
				|| TransactionSynchronizationManager.isActualTransactionActive()
				|| definition.getPropagationBehavior() == TransactionDefinition.PROPAGATION_MANDATORY) {
			return this.transactions.getTransaction(definition);
		}
		DefaultTransactionDefinition withoutTransaction = new DefaultTransactionDefinition(definition);
		withoutTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		TransactionStatus status = this.transactions.getTransaction(withoutTransaction);
		Deque<TransactionStatus> reads = READS.get();
		if (reads == null) {
			reads = new ArrayDeque<>();
			READS.set(reads);
		}
		reads.push(status);
		return status;
	}

	@Override
	public void commit(TransactionStatus status) throws TransactionException {
		end(status, this.transactions::commit);
	}

	@Override
	public void rollback(TransactionStatus status) throws TransactionException {
		end(status, this.transactions::rollback);
	}

	/** Commits or rolls back, then leaves the read-only scope the status opened, if any. */
	private static void end(TransactionStatus status, Consumer<TransactionStatus> ending) {
		try {
			ending.accept(status);
		}
		finally {
			Deque<TransactionStatus> reads = READS.get();
			if (reads != null) {
				reads.removeFirstOccurrence(status);
				if (reads.isEmpty()) {
					READS.remove();
				}
			}
		}
	}

	/** The driver with every session it opens in READ access mode (the rest of the session's settings kept). */
	static Driver readSessions(Driver driver) {
		return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				(proxy, method, args) -> {
					if (method.getDeclaringClass() == Object.class && "equals".equals(method.getName())) {
						return proxy == args[0];
					}
					if (args != null) {
						for (int i = 0; i < args.length; i++) {
							if (args[i] instanceof SessionConfig config) {
								args[i] = read(config);
							}
						}
					}
					try {
						return method.invoke(driver, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private static SessionConfig read(SessionConfig config) {
		SessionConfig.Builder read = SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarks(config.bookmarks());
		config.database().ifPresent(read::withDatabase);
		config.fetchSize().ifPresent(read::withFetchSize);
		config.impersonatedUser().ifPresent(read::withImpersonatedUser);
		config.bookmarkManager().ifPresent(read::withBookmarkManager);
		return read.build();
	}

}
