struct folio {
       struct page page;
};
