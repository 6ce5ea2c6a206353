package tcps.timers.control;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * {@link Event#fire} as CDI does it for synchronous observers: each observer in turn on the caller's thread, and an
 * observer that throws ends the delivery, the exception reaching the caller and the observers after it getting
 * nothing.
 */
public final class SynchronousEvent<T> implements Event<T> {

    private final List<Consumer<T>> observers;

    @SafeVarargs
    public SynchronousEvent(Consumer<T>... observers) {
        this.observers = List.of(observers);
    }

    @Override
    public void fire(T event) {
        observers.forEach(observer -> observer.accept(event));
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("ticks are fired synchronously");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("ticks are fired synchronously");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
