using Ki.Domain.DependencyInjection;

namespace Ki.Domain.SampleHost;

/// <summary>Builds the sample web host: Ki.Domain registered with one call, its endpoints, problem details and OpenAPI.</summary>
internal static class SampleHostApp
{
    /// <summary>Creates the application, ready to run.</summary>
    /// <param name="args">The command line (ASP.NET Core's configuration switches such as <c>--urls</c>).</param>
    /// <returns>The application.</returns>
    public static WebApplication Create(string[] args)
    {
        #region Registration
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);

        // Ki.Domain: the embedded gazetteer, catalogue and rules, a grant calculator, evaluator and award allocator,
        // and the limits every request body is read with (16 MiB, depth 32, ...).
        KiJsonLimits limits = KiJsonLimits.Default;
        builder.Services.AddKiDomain(ki => ki.UseJsonLimits(limits));

        // A body larger than a Ki.Domain document may be is refused while it arrives, not after it was read whole.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxDocumentBytes);

        // Bad input and programmer errors become RFC 9457 problem details (application/problem+json).
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<KiExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, SampleHostJsonContext.Default));
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Ki.Domain sample host";
            document.Info.Description = "The rules of NRW's Kommunale Integrationszentren over HTTP: the bodies are Ki.Domain's own JSON documents (docs/json-formats.md), described here by their JSON Schemas (docs/schemas, docs/openapi/schemas). Money is a string with a point before the cents (\"131000.00\"), dates are ISO (\"2020-03-01\"). Bad input is answered with RFC 9457 problem details in German or English (Accept-Language).";
            return Task.CompletedTask;
        }).AddDocumentTransformer(KiDocumentSchemas.AddComponents));
        #endregion

        #region Pipeline
        WebApplication app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages(KiStatusCodePages.WriteAsync);
        app.MapOpenApi();
        app.MapKiEndpoints();
        #endregion
        return app;
    }
}
