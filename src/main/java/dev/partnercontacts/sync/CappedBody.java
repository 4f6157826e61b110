package dev.partnercontacts.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An HTTP answer body read into memory up to a cap: the bytes are counted as they arrive, and
 * past the cap (or when the {@code Content-Length} announces more) the exchange is cancelled and
 * fails with {@link TooLarge}. A hostile or broken server's gigabyte never sits in the heap.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The answer is larger than the cap; nothing of it is kept. */
    static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("the answer is larger than " + cap + " bytes");
        }
    }

    private final long cap;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long count;

    private CappedBody(long cap) {
        this.cap = cap;
    }

    /** A handler that refuses, by its announced length or its counted bytes, answers over {@code cap} bytes. */
    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> {
            long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            CappedBody body = new CappedBody(cap);
            if (announced > cap) {
                body.result.completeExceptionally(new TooLarge(cap));
            }
            return body;
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            count += b.remaining();
            if (count > cap) {
                subscription.cancel();
                bytes.reset();
                result.completeExceptionally(new TooLarge(cap));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
