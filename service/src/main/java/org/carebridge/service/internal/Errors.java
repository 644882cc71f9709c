package org.carebridge.service.internal;

import ca.uhn.fhir.context.FhirContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carebridge.core.validation.IssueCode;
import org.carebridge.core.validation.Location;
import org.carebridge.fhir.OperationOutcomes;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before the dispatcher sees a request (a request line or headers it cannot parse, headers
 * too large, a request refused while the service stops): an OperationOutcome too, never an HTML page or a stack.
 */
final class Errors extends ErrorHandler {

  static byte[] outcome(int status, String reason) {
    IssueCode code = status == 503 ? IssueCode.HTTP_BUSY : status == 413
        ? IssueCode.HTTP_BODY_TOO_LARGE : IssueCode.HTTP_BAD_REQUEST;
    String message = status == 503 ? "The service is stopping; retry after 1 second"
        : "The request cannot be read: HTTP " + status + (reason == null ? "" : " " + Log.safe(reason).replace('_', ' '));
    return FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true)
        .encodeResourceToString(OperationOutcomes.of(List.of(code.issue(Location.whole(), message))))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Media.Format.JSON.contentType());
    if (code == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    }
    response.write(true, ByteBuffer.wrap(outcome(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Media.Format.JSON.contentType());
    return ByteBuffer.wrap(outcome(status, reason));
  }
}
