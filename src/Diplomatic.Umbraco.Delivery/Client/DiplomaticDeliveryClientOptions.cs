using System.ComponentModel.DataAnnotations;

namespace Diplomatic.Umbraco.Delivery.Client;

/// <summary>The Delivery API client's settings, bound from <see cref="SectionName"/>.</summary>
public sealed class DiplomaticDeliveryClientOptions
{
    /// <summary>The configuration section: <c>Diplomatic:DeliveryClient</c>.</summary>
    public const string SectionName = "Diplomatic:DeliveryClient";

    /// <summary>The site's base address, e.g. <c>https://cms.example.org/</c>; the client adds <c>/umbraco/delivery/api/v2/</c>.</summary>
    [Required]
    public Uri? BaseAddress { get; set; }

    /// <summary>The Delivery API key (header <c>Api-Key</c>): needed for preview and protected content. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Ask for drafts (header <c>Preview: true</c>); needs <see cref="ApiKey"/>.</summary>
    public bool Preview { get; set; }

    /// <summary>The default culture (header <c>Accept-Language</c>), e.g. <c>en-US</c> or <c>ur-PK</c>; null for the site default.</summary>
    public string? Culture { get; set; }

    /// <summary>The site root to resolve paths from (header <c>Start-Item</c>): its key or URL segment.</summary>
    public string? StartItem { get; set; }

    /// <summary>The longest one call may take, retries included. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest one attempt may take. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a transient failure (5xx, 408, 429, network error, attempt timeout). Default 3; 0 turns retries off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones back off exponentially with jitter. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The page size used when the client pages through results. Default 100.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>The largest response body accepted, in bytes. Default 16 MiB.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;
}

/// <summary>Per-call overrides of the client's default headers.</summary>
public sealed record DeliveryRequestOptions
{
    /// <summary>The culture (<c>Accept-Language</c>); null keeps the configured one.</summary>
    public string? Culture { get; init; }

    /// <summary>Whether to ask for drafts; null keeps the configured setting.</summary>
    public bool? Preview { get; init; }

    /// <summary>The start item; null keeps the configured one.</summary>
    public string? StartItem { get; init; }
}
