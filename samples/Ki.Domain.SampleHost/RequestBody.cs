using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace Ki.Domain.SampleHost;

/// <summary>Reads a request body within Ki.Domain's document size limit, refusing a larger one as it arrives.</summary>
internal static class RequestBody
{
    /// <summary>Reads the body whole, up to <see cref="KiJsonLimits.MaxDocumentBytes"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="limits">The limits the library reads the document with.</param>
    /// <returns>The body's bytes; the library's reader checks them (depth, lengths, UTF-8, duplicates).</returns>
    /// <exception cref="BadHttpRequestException">The body is larger than the limit (status 413): a declared
    /// Content-Length is refused before a byte is read, a chunked body at the first block past the limit.</exception>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, KiJsonLimits limits)
    {
        long max = limits.MaxDocumentBytes;
        if (request.ContentLength > max)
        {
            throw TooLarge(max);
        }

        // Kestrel enforces the limit too (it is set for the whole server); a test server does not, so count here.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }

        using var body = new MemoryStream((int)Math.Min(request.ContentLength ?? 4096, 1024 * 1024));
        byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > max)
                {
                    throw TooLarge(max);
                }

                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new ReadOnlyMemory<byte>(body.GetBuffer(), 0, (int)body.Length);
    }

    private static BadHttpRequestException TooLarge(long max) =>
        new($"The body is larger than the limit of {max:N0} bytes.", StatusCodes.Status413PayloadTooLarge);
}
