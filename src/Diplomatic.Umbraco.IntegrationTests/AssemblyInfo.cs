// Umbraco keeps process-wide state (a static service provider, Serilog's global logger): one site at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
