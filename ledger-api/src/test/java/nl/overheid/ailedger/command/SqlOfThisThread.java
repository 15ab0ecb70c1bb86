package nl.overheid.ailedger.command;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the ledger's DataSource to see the SQL one thread sends while it runs a piece of work, whatever opens the
 * connection: Axon's event store, the token store or anything a command handler reaches. Other threads (the
 * projections) go through untouched.
 */
final class SqlOfThisThread implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** Runs {@code work} and answers every statement this thread prepared or executed meanwhile. */
    static List<String> during(Runnable work) {
        List<String> sql = new ArrayList<>();
        RECORDING.set(sql);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return sql;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return proxy(DataSource.class, dataSource, (method, args) ->
                method.getName().equals("getConnection") ? connection((Connection) method.invoke(dataSource, args))
                        : method.invoke(dataSource, args));
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            String name = method.getName();
            if ((name.startsWith("prepare") || name.equals("nativeSQL")) && args != null
                    && args[0] instanceof String sql) {
                record(sql);
            }
            Object result = method.invoke(connection, args);
            return name.equals("createStatement") ? statement((Statement) result) : result;
        });
    }

    private static Statement statement(Statement statement) {
        return proxy(Statement.class, statement, (method, args) -> {
            if ((method.getName().startsWith("execute") || method.getName().equals("addBatch")) && args != null
                    && args[0] instanceof String sql) {
                record(sql);
            }
            return method.invoke(statement, args);
        });
    }

    private static void record(String sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql);
        }
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(SqlOfThisThread.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
