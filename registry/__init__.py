"""Institutions and practitioners of a region (定点医药机构与医保医师/药师), imported and searched."""
