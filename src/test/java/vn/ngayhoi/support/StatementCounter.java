package vn.ngayhoi.support;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements one HTTP request executes, in the shared test context (no context of its
 * own): the data source is wrapped so that every statement executed on a request thread is counted,
 * and a request carrying {@value #HEADER} leaves its count under that header's value for the test to
 * read with {@link #take}. Requests without the header cost one thread-local read per statement.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    public static final String HEADER = "X-Test-Statements";

    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();
    private static final Map<String, Integer> COUNTED = new ConcurrentHashMap<>();

    /** The statements the request marked {@code probe} executed (removed once read), or null. */
    public static Integer take(String probe) {
        return COUNTED.remove(probe);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
                    return wrap(ds, DataSource.class);
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> statementProbe() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            String probe = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
            if (probe == null) {
                chain.doFilter(request, response);
                return;
            }
            int[] count = new int[1];
            CURRENT.set(count);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                COUNTED.put(probe, count[0]);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (Statement.class.isAssignableFrom(method.getDeclaringClass()) && isExecute(method)) {
                int[] count = CURRENT.get();
                if (count != null) {
                    count[0]++;
                }
            }
            if (result instanceof Connection c && method.getReturnType() == Connection.class) {
                return wrap(c, Connection.class);
            }
            if (result instanceof Statement s && Statement.class.isAssignableFrom(method.getReturnType())) {
                return wrap(s, (Class<Statement>) method.getReturnType());
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static boolean isExecute(Method method) {
        return method.getName().startsWith("execute");
    }
}
