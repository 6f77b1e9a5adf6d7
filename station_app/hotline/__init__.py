"""12345 hotline work orders (12345政务服务便民热线工单): receive, dispatch, handle, close with feedback."""
