PERF_HOOK(record_start)
PERF_HOOK(record_end)
PERF_HOOK(test)
