"""One read per page: each module gathers everything a page shows in one frozen view object."""
