package io.metalflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class DelegateBeansProcessTest extends ProcessTestSupport {

  static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)[}.]");

  @Autowired ApplicationContext context;

  @Test
  void everyBeanTheModelsNameIsInTheApplicationContext() throws IOException {
    Set<String> beans;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      beans =
          files
              .flatMap(DelegateBeansProcessTest::lines)
              .flatMap(DelegateBeansProcessTest::beanNames)
              .collect(Collectors.toSet());
    }

    assertThat(beans).contains("validateInputDelegate", "processDefaultsListener", "failures");
    assertThat(beans).allSatisfy(name -> assertThat(context.containsBean(name)).as(name).isTrue());
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Stream<String> beanNames(String line) {
    if (!line.contains("delegateExpression=") && !line.contains("expression=\"${failures")) {
      return Stream.empty();
    }
    Matcher m = BEAN.matcher(line);
    return m.find() ? Stream.of(m.group(1)) : Stream.empty();
  }
}
