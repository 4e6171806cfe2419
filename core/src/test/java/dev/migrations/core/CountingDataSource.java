package dev.migrations.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a DataSource and counts every round trip a caller asks for: {@code execute*} on statements,
 * {@code commit}/{@code rollback}, {@link Connection#getSchema()} and metadata calls that return a result set (test
 * helper, no Mockito).
 */
final class CountingDataSource {

    private final DataSource target;

    private final AtomicInteger count = new AtomicInteger();

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    int count() {
        return count.get();
    }

    List<String> log() {
        return List.copyOf(log);
    }

    void reset() {
        count.set(0);
        log.clear();
    }

    DataSource dataSource() {
        return proxy(DataSource.class, target);
    }

    private void hit(String what) {
        count.incrementAndGet();
        log.add(what);
    }

    private <T> T proxy(Class<T> type, Object target) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
            return wrapResult(type, name, args, result);
        };
        return type.cast(
                Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private Object wrapResult(Class<?> type, String name, Object[] args, Object result) {
        if (result instanceof Connection connection && name.equals("getConnection")) {
            return proxy(Connection.class, connection);
        }
        if (type == Connection.class) {
            switch (name) {
                case "commit", "rollback", "getSchema" -> hit(name);
                default -> {}
            }
            if (result instanceof CallableStatement statement) {
                return statement(CallableStatement.class, statement, (args != null) ? String.valueOf(args[0]) : "");
            }
            if (result instanceof PreparedStatement statement) {
                return statement(PreparedStatement.class, statement, (args != null) ? String.valueOf(args[0]) : "");
            }
            if (result instanceof Statement statement) {
                return statement(Statement.class, statement, null);
            }
            if (result instanceof DatabaseMetaData meta) {
                return metaData(meta);
            }
        }
        return result;
    }

    private <S extends Statement> S statement(Class<S> type, S target, String prepared) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                hit(name + ": " + ((args != null && args.length > 0) ? args[0] : prepared));
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
        };
        return type.cast(
                Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private DatabaseMetaData metaData(DatabaseMetaData target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (ResultSet.class.isAssignableFrom(method.getReturnType())) {
                hit("metadata " + method.getName());
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
        };
        return (DatabaseMetaData) Proxy.newProxyInstance(
                CountingDataSource.class.getClassLoader(), new Class<?>[] {DatabaseMetaData.class}, handler);
    }
}
