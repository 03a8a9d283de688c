namespace Ki.Domain.SampleHost;

/// <summary>
/// Turns what a client can cause into a problem response: data Ki.Domain refuses (<see cref="KiDataException"/>,
/// 400) and a body over the limit (413). Anything else is a programmer error for <see cref="KiExceptionHandler"/>.
/// </summary>
internal sealed class KiProblemFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        #region Filter
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (KiDataException e)
        {
            return KiProblems.Data(context.HttpContext, e);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return KiProblems.PayloadTooLarge(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<KiJsonLimits>().MaxDocumentBytes);
        }
        #endregion
    }
}
