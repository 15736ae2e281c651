package org.bordereau.render;

/**
 * One engine for all the tests of a JVM, as the service has one: FOP's first layout costs ≈ 0.4 s and
 * the engine is thread-safe. Immutable once built.
 */
final class Renderers {
    static final FoRenderer BUNDLED = new FoRenderer(new Templates(null));
    static final Letters LETTERS = new Letters(BUNDLED);
    static final StatementDocument STATEMENTS = new StatementDocument(BUNDLED);

    private Renderers() {}
}
