package dev.migration.testsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The JUnit extension behind {@link DatabaseTest}. The databases of a test class live in the
 * class's extension context store, which drops them when it is closed after the class.
 *
 * <p>The database is created before anything can fail to resolve it: in {@code beforeAll}, or
 * before the constructor when the class has one test instance for all tests. A missing server then
 * fails the whole class with the discovery's message; or, with the skip switch on, the class is
 * disabled with that message, so that its tests are reported as skipped.
 */
final class TestDatabaseExtension implements ExecutionCondition, BeforeAllCallback, TestInstancePreConstructCallback,
		TestInstancePostProcessor, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(TestDatabaseExtension.class);

	/** Skips the class, so that its tests are reported as skipped with the reason, when the switch says so. */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isPresent()) {
			return ConditionEvaluationResult.enabled("decided for the class");
		}
		String skipReason = ServerDiscovery.system().skipReason(kind(context.getRequiredTestClass()));
		return (skipReason != null) ? ConditionEvaluationResult.disabled(skipReason)
				: ConditionEvaluationResult.enabled("a server is there, or missing servers fail the tests");
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IllegalAccessException {
		injectFields(context.getRequiredTestClass(), null, database(context));
	}

	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		database(context);
	}

	@Override
	public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
		injectFields(testInstance.getClass(), testInstance, database(context));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == TestDatabase.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return database(extensionContext);
	}

	/** The database of the test class the context belongs to, created on first use. */
	private static TestDatabase database(ExtensionContext context) {
		ExtensionContext classContext = context;
		while (!(classContext.getElement().orElse(null) instanceof Class<?>)) {
			classContext = classContext.getParent().orElseThrow(
					() -> new ExtensionConfigurationException("@DatabaseTest works on test classes only"));
		}
		DatabaseKind kind = kind(classContext.getRequiredTestClass());
		// A @Nested class finds its enclosing class's databases here, the store looking in parent contexts.
		return classContext.getStore(NAMESPACE)
			.computeIfAbsent(kind, (key) -> ClassDatabases.open(ServerDiscovery.system().require(key)),
					ClassDatabases.class)
			.primary();
	}

	private static DatabaseKind kind(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
			DatabaseTest annotation = AnnotationSupport.findAnnotation(type, DatabaseTest.class).orElse(null);
			if (annotation != null) {
				return annotation.value();
			}
		}
		throw new ExtensionConfigurationException(testClass.getName()
				+ " uses the TestDatabaseExtension without @DatabaseTest, which says the kind of database it needs");
	}

	/** Sets the non-final fields of type TestDatabase: the static ones, or an instance's. */
	private static void injectFields(Class<?> testClass, @Nullable Object testInstance, TestDatabase database)
			throws IllegalAccessException {
		boolean statics = testInstance == null;
		for (Field field : ReflectionSupport.findFields(testClass,
				(candidate) -> candidate.getType() == TestDatabase.class
						&& Modifier.isStatic(candidate.getModifiers()) == statics
						&& !Modifier.isFinal(candidate.getModifiers()),
				HierarchyTraversalMode.TOP_DOWN)) {
			ReflectionSupport.makeAccessible(field).set(testInstance, database);
		}
	}

}
