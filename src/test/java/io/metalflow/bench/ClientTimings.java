package io.metalflow.bench;

import io.metalflow.juju.JujuCli;
import io.metalflow.maas.MaasClient;
import io.metalflow.stack.StackVerifier;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the client beans in timing proxies and records every call with the service task it ran in
 * (read from the engine's execution context of the job thread). A call made inside another timed
 * call (e.g. the stack verifier reading {@code juju status}) counts once, in the outer one.
 */
final class ClientTimings implements BeanPostProcessor {

  private static final Map<String, Class<?>> CLIENT_BEANS =
      Map.of(
          "maasClient", MaasClient.class,
          "jujuCli", JujuCli.class,
          "stackVerifier", StackVerifier.class);

  private final ConcurrentLinkedQueue<ClientCall> calls = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    Class<?> client = CLIENT_BEANS.get(beanName);
    if (client == null || !client.isInstance(bean)) {
      return bean;
    }
    return Proxy.newProxyInstance(
        client.getClassLoader(), new Class<?>[] {client}, timed(bean, client.getSimpleName()));
  }

  /** Every call recorded so far, in completion order. */
  List<ClientCall> calls() {
    return new ArrayList<>(calls);
  }

  /** Calls that started at or after {@code fromMillis} and before {@code toMillis}. */
  List<ClientCall> between(long fromMillis, long toMillis) {
    return calls.stream()
        .filter(c -> c.startMillis() >= fromMillis && c.startMillis() < toMillis)
        .toList();
  }

  private InvocationHandler timed(Object target, String client) {
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return invoke(target, method, args);
      }
      int[] level = depth.get();
      level[0]++;
      long startMillis = System.currentTimeMillis();
      long start = System.nanoTime();
      try {
        return invoke(target, method, args);
      } finally {
        long nanos = System.nanoTime() - start;
        level[0]--;
        if (level[0] == 0) {
          calls.add(new ClientCall(client, method.getName(), activity(), startMillis, nanos));
        }
      }
    };
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static String activity() {
    try {
      BpmnExecutionContext context = Context.getBpmnExecutionContext();
      return context == null ? null : context.getExecution().getActivityInstanceId();
    } catch (RuntimeException notBpmn) {
      return null;
    }
  }
}
