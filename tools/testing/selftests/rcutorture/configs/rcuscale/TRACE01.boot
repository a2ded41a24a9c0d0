rcuscale.scale_type=tasks-tracing
