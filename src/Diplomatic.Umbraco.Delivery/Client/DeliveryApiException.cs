using System.Net;
using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Delivery.Client;

/// <summary>The Delivery API answered with an error, or could not be reached.</summary>
public class DeliveryApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status, when there was a response.</param>
    /// <param name="problem">The problem details the API sent, when any.</param>
    /// <param name="requestUri">The request's path and query.</param>
    /// <param name="innerException">The cause.</param>
    public DeliveryApiException(string message, HttpStatusCode? statusCode = null, DeliveryProblemDetails? problem = null, string? requestUri = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Problem = problem;
        RequestUri = requestUri;
    }

    /// <summary>The HTTP status, or null when no response came.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The problem details the API sent, when any.</summary>
    public DeliveryProblemDetails? Problem { get; }

    /// <summary>The request's path and query (never its headers, so never the API key).</summary>
    public string? RequestUri { get; }
}

/// <summary>400: the API rejected the query (unknown filter, sort or selector, bad value).</summary>
/// <param name="message">What went wrong.</param>
/// <param name="problem">The problem details.</param>
/// <param name="requestUri">The request.</param>
public sealed class DeliveryBadRequestException(string message, DeliveryProblemDetails? problem, string? requestUri)
    : DeliveryApiException(message, HttpStatusCode.BadRequest, problem, requestUri);

/// <summary>401: the API key is missing or wrong (preview, protected content or a private API).</summary>
/// <param name="message">What went wrong.</param>
/// <param name="problem">The problem details.</param>
/// <param name="requestUri">The request.</param>
public sealed class DeliveryUnauthorizedException(string message, DeliveryProblemDetails? problem, string? requestUri)
    : DeliveryApiException(message, HttpStatusCode.Unauthorized, problem, requestUri);

/// <summary>404: no published item at that path or key (in that culture).</summary>
/// <param name="message">What went wrong.</param>
/// <param name="problem">The problem details.</param>
/// <param name="requestUri">The request.</param>
public sealed class DeliveryNotFoundException(string message, DeliveryProblemDetails? problem, string? requestUri)
    : DeliveryApiException(message, HttpStatusCode.NotFound, problem, requestUri);

/// <summary>The call took longer than the configured timeout, retries included.</summary>
/// <param name="message">What went wrong.</param>
/// <param name="requestUri">The request.</param>
/// <param name="innerException">The timeout.</param>
public sealed class DeliveryTimeoutException(string message, string? requestUri, Exception innerException)
    : DeliveryApiException(message, null, null, requestUri, innerException);
